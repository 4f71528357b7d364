// `mhub create-admin --email E --name N [--password P]`: the first administrator of a new MHub.
import { parseArgs } from 'node:util';
import { config } from '../lib/server/config.js';
import { createAdministrator } from '../lib/server/auth/create-administrator.js';
import { isDomainError } from '../lib/server/errors.js';
import { connect } from './database.js';

export async function createAdmin(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } }
	});
	const password = values.password ?? config.adminPassword;
	if (!values.email || !values.name || !password) {
		console.error(
			'Usage: mhub create-admin --email EMAIL --name NAME [--password PASSWORD]\n' +
				'(or give the password in MHUB_ADMIN_PASSWORD, so that it stays out of the shell history)'
		);
		return 2;
	}
	const connection = await connect();
	try {
		await createAdministrator({ email: values.email, name: values.name, password });
		console.log(`Administrator ${values.email} created. Sign in with that email and password.`);
		return 0;
	} catch (error) {
		if (!isDomainError(error)) throw error;
		const problems = Object.entries(error.fields ?? {}).map(
			([field, keys]) => `${field}: ${keys.join(', ')}`
		);
		console.error(`Not created (${error.code}): ${problems.join('; ') || error.message}`);
		return 1;
	} finally {
		await connection.close();
	}
}
