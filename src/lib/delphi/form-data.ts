// Between the study form (flat fields: "title.en", "rule.inMinHigh") and a study record.
import { localizedFields, type FormFields } from '../forms/fields.js';
import type { ContentLocale, Localized } from '../i18n/localized.js';
import type { ConsensusRule } from './rule.js';

export function studyFormValues(study: {
	title: Localized;
	topic: Localized | null;
	languages: ContentLocale[];
	scale: string;
	allowsUnableToRate: boolean;
	roundsPlanned: number;
	rule: ConsensusRule;
	minGroupSize: number;
}): FormFields {
	return {
		...localizedFields('title', study.title, study.languages),
		...localizedFields('topic', study.topic, study.languages),
		languages: [...study.languages],
		scale: study.scale,
		allowsUnableToRate: study.allowsUnableToRate ? 'on' : 'off',
		roundsPlanned: String(study.roundsPlanned),
		minGroupSize: String(study.minGroupSize),
		...Object.fromEntries(Object.entries(study.rule).map(([key, value]) => [`rule.${key}`, String(value)]))
	};
}
