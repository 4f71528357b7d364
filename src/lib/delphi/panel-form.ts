// Between a panellist's round form and the domain: "r.<statement>" holds the rating (a point of the
// scale or "unable"), "c.<statement>" the comment, "s" lists the statements on the page.
import type { PanelRoundInput } from './schemas.js';

export function panelRoundInput(form: FormData): PanelRoundInput {
	const statementIds = form.getAll('s').map(String);
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		answers: statementIds.map((statementId) => {
			const rating = text(`r.${statementId}`);
			return {
				statementId,
				rating: rating === 'unable' ? 'unable' : rating === '' ? undefined : Number(rating),
				comment: text(`c.${statementId}`).trim() || null
			};
		}),
		suggestions: text('suggestions').trim() || null,
		submit: form.get('intent') === 'submit'
	};
}

/** What the form showed, to show it again after a refusal: rating and comment per statement. */
export function panelFormValues(input: PanelRoundInput): Record<string, string> {
	return Object.fromEntries(
		input.answers.flatMap((answer) => [
			[`r.${answer.statementId}`, answer.rating === undefined ? '' : String(answer.rating)],
			[`c.${answer.statementId}`, answer.comment ?? '']
		])
	);
}
