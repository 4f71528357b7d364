import { dayAndTime } from '#lib/events/time-zone.js';
import { listScoredPhases } from '#lib/server/evaluation/score-sheet.js';
import { listAttendanceSessions } from '#lib/server/events/attendance.js';
import type { PageServerLoad } from './$types';

/** The sessions of one day: the day asked for, else today while the event runs, else its first day. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const [overview, scoredPhases] = await Promise.all([
		listAttendanceSessions(locals.actor, params.id),
		listScoredPhases(locals.actor, params.id)
	]);
	const days = [...new Set(overview.sessions.map((session) => session.day))];
	const today = dayAndTime(new Date(), overview.timeZone).day;
	const asked = url.searchParams.get('day');
	const day = days.find((d) => d === asked) ?? days.find((d) => d === today) ?? days[0];
	return {
		timeZone: overview.timeZone,
		confirmed: overview.confirmed,
		days,
		day,
		sessions: overview.sessions.filter((session) => session.day === day),
		scoredPhases
	};
};
