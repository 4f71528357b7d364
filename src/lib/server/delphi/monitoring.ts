// Who answered each round: response rates per round and stakeholder group, who has not submitted
// the current round yet (to remind them) and attrition between rounds. For those who run the study.
import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiPanellist, delphiParticipation, delphiRound } from '../db/schema/delphi.js';
import { person } from '../db/schema/directory.js';
import { getStudy } from './studies.js';

export type GroupRate = { group: string; panel: number; submitted: number; rate: number };

export type RoundMonitoring = {
	id: string;
	number: number;
	opensAt: Date;
	closesAt: Date;
	closedAt: Date | null;
	panel: number;
	saved: number;
	submitted: number;
	rate: number;
	byGroup: GroupRate[];
	/** Submitted the previous round but not this one (null for round 1). */
	droppedOut: number | null;
	notSubmitted: Array<{
		panellistId: string;
		fullName: string;
		email: string | null;
		group: string;
		savedAt: Date | null;
		remindedAt: Date | null;
	}>;
};

const rateOf = (submitted: number, panel: number) => (panel === 0 ? 0 : submitted / panel);

export async function monitorRounds(actor: Actor, studyId: string): Promise<RoundMonitoring[]> {
	await getStudy(actor, studyId);
	const rows = await db()
		.select({
			round: delphiRound,
			panellistId: delphiPanellist.id,
			fullName: person.fullName,
			email: person.email,
			group: delphiPanellist.stakeholderGroup,
			savedAt: delphiParticipation.savedAt,
			submittedAt: delphiParticipation.submittedAt,
			remindedAt: delphiParticipation.remindedAt
		})
		.from(delphiRound)
		.innerJoin(delphiPanellist, eq(delphiPanellist.studyId, delphiRound.studyId))
		.innerJoin(person, eq(person.id, delphiPanellist.personId))
		.leftJoin(
			delphiParticipation,
			sql`${delphiParticipation.roundId} = ${delphiRound.id} and ${delphiParticipation.panellistId} = ${delphiPanellist.id}`
		)
		.where(eq(delphiRound.studyId, studyId))
		.orderBy(asc(delphiRound.number), sql`${person.fullName} collate "und-x-icu"`);
	const rounds = [...new Map(rows.map((row) => [row.round.id, row.round])).values()];
	const submittedIn = (roundId: string) =>
		new Set(rows.filter((row) => row.round.id === roundId && row.submittedAt).map((row) => row.panellistId));
	return rounds.map((round, index) => {
		const mine = rows.filter((row) => row.round.id === round.id);
		const submitted = submittedIn(round.id);
		const groups = [...new Set(mine.map((row) => row.group))].sort();
		const before = index > 0 ? submittedIn(rounds[index - 1].id) : null;
		return {
			id: round.id,
			number: round.number,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			closedAt: round.closedAt,
			panel: mine.length,
			saved: mine.filter((row) => row.savedAt).length,
			submitted: submitted.size,
			rate: rateOf(submitted.size, mine.length),
			byGroup: groups.map((group) => {
				const members = mine.filter((row) => row.group === group);
				const done = members.filter((row) => submitted.has(row.panellistId)).length;
				return { group, panel: members.length, submitted: done, rate: rateOf(done, members.length) };
			}),
			droppedOut: before ? [...before].filter((id) => !submitted.has(id)).length : null,
			notSubmitted: mine
				.filter((row) => !row.submittedAt)
				.map((row) => ({
					panellistId: row.panellistId,
					fullName: row.fullName,
					email: row.email,
					group: row.group,
					savedAt: row.savedAt,
					remindedAt: row.remindedAt
				}))
		};
	});
}
