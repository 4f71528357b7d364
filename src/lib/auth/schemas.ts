// Validation shared by the account forms, the API and the server.
import { z } from 'zod';

export const roleValues = [
	'administrator',
	'programme_coordinator',
	'country_focal_point',
	'trainer',
	'reviewer',
	'panel_expert',
	'participant'
] as const;

const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'invalid_email' }));
export const PasswordSchema = z
	.string()
	.min(10, { error: 'password_too_short' })
	.max(200, { error: 'password_too_long' });

export const SignInSchema = z.object({
	email,
	password: z.string().min(1, { error: 'required' })
});

export const PasswordResetRequestSchema = z.object({ email });

export const PasswordResetSchema = z.object({
	token: z.string().min(10, { error: 'invalid_link' }),
	password: PasswordSchema
});

export const countryCodeSchema = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, { error: 'invalid_country' });

export const ScopeSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('platform') }),
	z.object({ kind: z.literal('programme'), programmeId: z.uuid({ error: 'invalid_programme' }) }),
	z.object({
		kind: z.literal('countries'),
		countryCodes: z.array(countryCodeSchema).min(1, { error: 'choose_a_country' })
	})
]);

export const GrantSchema = z.object({
	role: z.enum(roleValues, { error: 'choose_a_role' }),
	scope: ScopeSchema
});
export type GrantInput = z.infer<typeof GrantSchema>;

export const InvitationSchema = GrantSchema.extend({
	email,
	name: z.string().trim().min(1, { error: 'required' }).max(200)
});

export const AcceptInvitationSchema = z.object({
	token: z.string().min(10, { error: 'invalid_link' }),
	name: z.string().trim().min(1, { error: 'required' }).max(200),
	password: PasswordSchema
});

export const ApiTokenCreateSchema = z.object({
	name: z.string().trim().min(1, { error: 'required' }).max(100)
});
