// The embedded server's superuser password: a random secret in a file beside its data folder that
// only MHub's user may read, instead of the fixed password data folders were first created with.
import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';

/** What data folders created before the secret existed were initialised with. */
export const legacyPassword = 'mhub';

export const secretFile = (dir: string) => `${dir}.secret`;

/** The secret kept beside `dir`, created (mode 0600) on first use. */
export async function embeddedSecret(dir: string): Promise<string> {
	const file = secretFile(dir);
	const kept = await readFile(file, 'utf8').catch(() => undefined);
	if (kept?.trim()) {
		await chmod(file, 0o600);
		return kept.trim();
	}
	const secret = randomBytes(24).toString('base64url');
	// 'wx' refuses to replace a file another process has just written: then use that one.
	const written = await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' }).then(
		() => true,
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'EEXIST') return false;
			throw error;
		}
	);
	return written ? secret : embeddedSecret(dir);
}

const invalidPassword = '28P01';

/**
 * Makes sure `user` signs in with `secret`. A data folder from before the secret still has the fixed
 * password: it is changed to the secret (which was saved first, so a crash in between repeats this).
 */
export async function adoptSecret(
	url: (password: string) => string,
	user: string,
	secret: string
): Promise<void> {
	const client = new pg.Client({ connectionString: url(secret) });
	const refused = await client.connect().then(
		() => false,
		(error: { code?: string }) => {
			if (error.code !== invalidPassword) throw error;
			return true;
		}
	);
	if (!refused) return void (await client.end());
	const legacy = new pg.Client({ connectionString: url(legacyPassword) });
	await legacy.connect();
	try {
		// The secret is base64url: nothing in it needs quoting.
		await legacy.query(`alter role "${user}" password '${secret}'`);
	} finally {
		await legacy.end();
	}
}
