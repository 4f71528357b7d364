// A programme's progress against its targets, per country: trainings held and people trained (by
// profession), each beside its target. Pure: the numbers come from SQL, the comparison is here.
import type { Profession } from '../directory/values.js';
import type { Participation } from './values.js';

export type Measure = { done: number; target: number; share: number | null };

export type CountryProgress = {
	countryCode: string;
	participation: Participation;
	trainings: Measure;
	people: Measure;
	byProfession: ({ profession: Profession } & Measure)[];
};

type ProgressInput = {
	countries: { countryCode: string; participation: Participation; trainingsTarget: number }[];
	peopleTargets: { countryCode: string; profession: Profession; people: number }[];
	trainingsHeld: { countryCode: string; trainings: number }[];
	peopleTrained: { countryCode: string; profession: Profession; people: number }[];
};

/** Done against target; the share is null when there is no target (nothing to compare with). */
export const measure = (done: number, target: number): Measure => ({
	done,
	target,
	share: target > 0 ? done / target : null
});

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** One row per participating country, in the order given, and the programme's totals. */
export function programmeProgress(input: ProgressInput): {
	countries: CountryProgress[];
	total: Omit<CountryProgress, 'countryCode' | 'participation'>;
} {
	const countries = input.countries.map((country): CountryProgress => {
		const held = input.trainingsHeld.find((t) => t.countryCode === country.countryCode)?.trainings ?? 0;
		const targets = input.peopleTargets.filter((t) => t.countryCode === country.countryCode);
		const trained = input.peopleTrained.filter((t) => t.countryCode === country.countryCode);
		const professions = [...new Set([...targets, ...trained].map((t) => t.profession))].sort();
		const byProfession = professions.map((profession) => ({
			profession,
			...measure(
				trained.find((t) => t.profession === profession)?.people ?? 0,
				targets.find((t) => t.profession === profession)?.people ?? 0
			)
		}));
		return {
			countryCode: country.countryCode,
			participation: country.participation,
			trainings: measure(held, country.trainingsTarget),
			people: measure(sum(trained.map((t) => t.people)), sum(targets.map((t) => t.people))),
			byProfession
		};
	});
	const professions = [...new Set(countries.flatMap((c) => c.byProfession.map((p) => p.profession)))].sort();
	return {
		countries,
		total: {
			trainings: measure(
				sum(countries.map((c) => c.trainings.done)),
				sum(countries.map((c) => c.trainings.target))
			),
			people: measure(sum(countries.map((c) => c.people.done)), sum(countries.map((c) => c.people.target))),
			byProfession: professions.map((profession) => {
				const rows = countries.flatMap((c) => c.byProfession.filter((p) => p.profession === profession));
				return { profession, ...measure(sum(rows.map((r) => r.done)), sum(rows.map((r) => r.target))) };
			})
		}
	};
}
