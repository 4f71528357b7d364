// Between the role form (a role; everywhere, one programme or some countries; a programme; a
// country list) and a grant.

/** The form's flat values as the grant the domain validates. */
export function grantInput(values: Record<string, unknown>): Record<string, unknown> {
	const scope =
		values.scopeKind === 'countries'
			? { kind: 'countries', countryCodes: values.countryCodes ?? [] }
			: values.scopeKind === 'programme'
				? { kind: 'programme', programmeId: values.programmeId ?? '' }
				: { kind: values.scopeKind ?? 'platform' };
	return { ...values, scope };
}

/**
 * Where a refused grant's errors belong in the form: programme problems beside the programme choice,
 * other scope problems beside the country list.
 */
export function grantFieldErrors(fields: Record<string, string[]> | undefined): Record<string, string[]> {
	const shown: Record<string, string[]> = {};
	for (const [path, keys] of Object.entries(fields ?? {})) {
		const field = path.startsWith('scope.programmeId')
			? 'programmeId'
			: path.startsWith('scope')
				? 'countryCodes'
				: path;
		shown[field] = [...(shown[field] ?? []), ...keys];
	}
	return shown;
}
