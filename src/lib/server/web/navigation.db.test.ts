// Each demo account's navigation, and the page behind each of its links answering without a refusal:
// the domain read each page's load starts with.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { listApiTokens } from '../auth/api-tokens.js';
import { listUsers, loadActor } from '../auth/users.js';
import { listPackages as listTrainingPackages } from '../curriculum/packages.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { listStudies } from '../delphi/studies.js';
import { createDemoAccounts } from '../demo/accounts.js';
import { getDirectorySummary } from '../directory/summary.js';
import { listEvents } from '../events/event-listing.js';
import { listFrameworks } from '../frameworks/frameworks.js';
import { listPackages as listInventory } from '../inventory/packages.js';
import { listProgrammes } from '../programmes/programmes.js';
import { listSurveys } from '../surveys/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { navigationFor, type NavigationLink } from './navigation.js';

useTestDatabase();

const pageLoads: Record<NavigationLink, (actor: Actor) => Promise<unknown>> = {
	'/directory': (actor) => getDirectorySummary(actor),
	'/programmes': (actor) => listProgrammes(actor, 'en'),
	'/surveys': (actor) => listSurveys(actor),
	'/delphi': (actor) => listStudies(actor),
	'/frameworks': (actor) => listFrameworks(actor, { locale: 'en' }),
	'/inventory': (actor) => listInventory(actor),
	'/packages': (actor) => listTrainingPackages(actor, {}),
	'/events': (actor) => listEvents(actor, {}),
	'/admin': (actor) => listUsers(actor),
	'/account': (actor) => listApiTokens(actor)
};

const programmeWork: NavigationLink[] = ['/directory', '/programmes', '/surveys', '/delphi', '/frameworks'];
const delivery: NavigationLink[] = ['/packages', '/events'];
const focalPoint: NavigationLink[] = ['/directory', '/programmes', '/frameworks', ...delivery, '/account'];

/** Each demo account's links, written out by hand. */
const expected: Record<string, NavigationLink[]> = {
	'admin@mhub.demo': [...programmeWork, '/inventory', ...delivery, '/admin', '/account'],
	'coordinator@mhub.demo': [...programmeWork, '/inventory', ...delivery, '/account'],
	// No surveys or Delphi studies: their results stay with the programme's coordinators.
	'focal.greece@mhub.demo': focalPoint,
	'focal.malta@mhub.demo': focalPoint,
	'trainer@mhub.demo': [...delivery, '/account'],
	'reviewer@mhub.demo': ['/inventory', '/account'],
	'expert@mhub.demo': ['/account'],
	'participant@mhub.demo': ['/account']
};

describe('navigation', () => {
	it("shows each demo account the links its roles open, and each link's page lets it in", async () => {
		await createDemoAccounts();
		for (const [email, links] of Object.entries(expected)) {
			const [{ id }] = await db().select({ id: user.id }).from(user).where(eq(user.email, email));
			const actor = (await loadActor(id))!;
			expect(navigationFor(actor), email).toEqual(links);
			for (const link of links)
				await expect(pageLoads[link](actor), `${email} ${link}`).resolves.toBeDefined();
		}
	});

	it('shows the public no link but home', () => {
		expect(navigationFor({ kind: 'public' })).toEqual([]);
	});
});
