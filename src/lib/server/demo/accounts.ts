// One demo account per role, all fictional, with one shared password printed by `npm start`.
import { db } from '../db/client.js';
import { roleGrant } from '../db/schema/auth.js';
import type { Role } from '../auth/actor.js';
import { createUserWithPassword } from '../auth/users.js';

export const demoPassword = 'mhub-demo-2026';

export type DemoAccount = {
	email: string;
	name: string;
	role: Role;
	countryCodes?: string[];
};

export const demoAccounts: readonly DemoAccount[] = [
	{ email: 'admin@mhub.demo', name: 'Amira Haddad', role: 'administrator' },
	{ email: 'coordinator@mhub.demo', name: 'Jonas Weber', role: 'programme_coordinator' },
	{
		email: 'focal.greece@mhub.demo',
		name: 'Eleni Papadopoulou',
		role: 'country_focal_point',
		countryCodes: ['GR']
	},
	{ email: 'focal.malta@mhub.demo', name: 'Luca Borg', role: 'country_focal_point', countryCodes: ['MT'] },
	{ email: 'trainer@mhub.demo', name: 'Ana Kovač', role: 'trainer' },
	{ email: 'reviewer@mhub.demo', name: 'Marta Ruiz', role: 'reviewer' },
	{ email: 'expert@mhub.demo', name: 'Youssef El Amrani', role: 'panel_expert' },
	{ email: 'participant@mhub.demo', name: 'Ivana Petrović', role: 'participant' }
];

/** Creates the demo accounts in one transaction (the database must not have them yet). */
export async function createDemoAccounts(): Promise<void> {
	await db().transaction(async (tx) => {
		for (const account of demoAccounts) {
			const userId = await createUserWithPassword(tx, { ...account, password: demoPassword });
			await tx
				.insert(roleGrant)
				.values({ userId, role: account.role, countryCodes: account.countryCodes ?? null });
		}
	});
}
