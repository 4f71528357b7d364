// `mhub seed --demo`: the demo data, into a database that does not have it yet.
import { loadReferenceData } from '../lib/server/reference-data.js';
import { db } from '../lib/server/db/client.js';
import { parseOptions } from './arguments.js';
import { connect } from './database.js';
import { demoLogins, existingDemoAccounts, loadDemoData } from './prepare-data.js';

const usage = 'Usage: mhub seed --demo   (loads the demo accounts, directory and programmes)';

export async function seed(args: string[]): Promise<number> {
	const parsed = parseOptions({ args, options: { demo: { type: 'boolean' } } }, usage);
	if (!parsed) return 2;
	if (!parsed.values.demo) {
		console.error(usage);
		return 2;
	}
	const connection = await connect();
	try {
		await loadReferenceData(db());
		// The demo accounts mark the demo data: loading it twice would duplicate the directory and
		// programmes, so a database that has any of them is left as it is.
		const existing = await existingDemoAccounts();
		if (existing.length > 0) {
			console.log(
				`Demo data not loaded: this database already has demo accounts (${existing.join(', ')}). Nothing was changed.`
			);
			return 0;
		}
		await loadDemoData();
		const logins = demoLogins();
		console.log('Demo data loaded. Demo accounts:');
		for (const login of logins) console.log(`  ${login.role.padEnd(24)} ${login.email}`);
		console.log(`  password: ${logins[0].password}`);
		return 0;
	} finally {
		await connection.close();
	}
}
