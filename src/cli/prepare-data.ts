// Reference data every database needs, and demo data on the first start of an empty one.
import { count, inArray } from 'drizzle-orm';
import { config } from '../lib/server/config.js';
import { db } from '../lib/server/db/client.js';
import { user } from '../lib/server/db/schema/auth.js';
import { createDemoAccounts, demoAccounts, demoPassword } from '../lib/server/demo/accounts.js';
import { createDemoDirectory } from '../lib/server/demo/directory.js';
import { createDemoProgrammes } from '../lib/server/demo/programmes.js';
import { createDemoPackages } from '../lib/server/demo/curriculum.js';
import { createDemoDelphi } from '../lib/server/demo/delphi.js';
import { createDemoEvaluation } from '../lib/server/demo/evaluation.js';
import { createDemoEvents } from '../lib/server/demo/events.js';
import { createDemoInventory } from '../lib/server/demo/inventory.js';
import { loadDemoSurveys } from '../lib/server/demo/surveys.js';
import { loadReferenceData } from '../lib/server/reference-data.js';

export type DemoLogin = { role: string; email: string; password: string };

export const demoLogins = (): DemoLogin[] =>
	demoAccounts.map((account) => ({ role: account.role, email: account.email, password: demoPassword }));

/**
 * The demo data: one account per role, the demo directory, programmes, the MIG-H package, the events,
 * the mapping survey, the pilots' evaluation (tests, satisfaction, follow-ups), the MIG-H Delphi study
 * and the inventory of existing packages with a review.
 */
export async function loadDemoData(): Promise<void> {
	await createDemoAccounts();
	await createDemoDirectory();
	const programmeIds = await db().transaction(async (tx) => {
		const ids = await createDemoProgrammes(tx);
		const { mighVersionId } = await createDemoPackages(tx);
		await createDemoEvents(tx, ids, mighVersionId);
		await loadDemoSurveys(tx, ids);
		await createDemoEvaluation(tx, ids['MIG-H']);
		return ids;
	});
	await createDemoDelphi(programmeIds['MIG-H']);
	await createDemoInventory(programmeIds['MIG-H']);
}

/** The demo accounts' emails that this database already has. */
export async function existingDemoAccounts(): Promise<string[]> {
	const rows = await db()
		.select({ email: user.email })
		.from(user)
		.where(
			inArray(
				user.email,
				demoAccounts.map((account) => account.email)
			)
		);
	return rows.map((row) => row.email);
}

/** Loads reference data; on an empty database (no accounts yet) also the demo data. */
export async function prepareData(): Promise<DemoLogin[]> {
	await loadReferenceData(db());
	const [{ accounts }] = await db().select({ accounts: count() }).from(user);
	if (accounts === 0 && config.loadDemo) await loadDemoData();
	return config.loadDemo ? demoLogins() : [];
}
