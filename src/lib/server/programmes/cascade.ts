// A programme's cascade, for its page: the numbers per country and the tree under each ToT.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { personCountryInReach } from '../directory/policies.js';
import { country } from '../db/schema/directory.js';
import { event } from '../db/schema/events.js';
import { cascadeNumbers, cascadeTree, type CascadeTrainer } from '../events/cascade.js';
import { getProgramme } from './programmes.js';

export type ProgrammeCascade = {
	programme: { id: string; name: Localized };
	numbers: Awaited<ReturnType<typeof cascadeNumbers>>;
	countryNames: Record<string, Localized>;
	trainingsOfTrainers: {
		id: string;
		title: Localized;
		startsOn: string;
		endsOn: string;
		city: string | null;
		trainers: (Omit<CascadeTrainer, 'trainings'> & {
			trainings: (Omit<CascadeTrainer['trainings'][number], 'title'> & { title: Localized })[];
		})[];
	}[];
};

/**
 * Whoever may read the programme sees its cascade: every country's numbers and trainings, and the
 * names of the trainers of the countries whose people they may read in the directory.
 */
export async function programmeCascade(actor: Actor, programmeId: string): Promise<ProgrammeCascade> {
	const record = await getProgramme(actor, programmeId);
	const tots = await db()
		.select({
			id: event.id,
			title: event.title,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			city: event.city
		})
		.from(event)
		.where(
			and(eq(event.programmeId, record.id), eq(event.kind, 'training_of_trainers'), isNull(event.archivedAt))
		)
		.orderBy(asc(event.startsOn));
	const [numbers, trees] = await Promise.all([
		cascadeNumbers(db(), record.id),
		Promise.all(tots.map((tot) => cascadeTree(db(), tot.id, (code) => personCountryInReach(actor, code))))
	]);
	const codes = [
		...new Set(
			trees.flat().flatMap((t) => [t.countryCode, ...t.trainings.map((e) => e.countryCode ?? t.countryCode)])
		)
	];
	const countries =
		codes.length === 0
			? []
			: await db()
					.select({ code: country.code, name: country.name })
					.from(country)
					.where(inArray(country.code, codes));
	return {
		programme: { id: record.id, name: record.name },
		numbers,
		countryNames: Object.fromEntries(countries.map((c) => [c.code, c.name])),
		trainingsOfTrainers: tots.map((tot, i) => ({
			...tot,
			trainers: trees[i].map((trainer) => ({
				...trainer,
				trainings: trainer.trainings.map((training) => ({ ...training, title: training.title as Localized }))
			}))
		}))
	};
}
