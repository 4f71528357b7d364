import { describe, expect, it } from 'vitest';
import { publicActor, type Actor } from '../auth/actor.js';
import { getVersion } from '../curriculum/versions.js';
import { getPackage, listPackages } from '../curriculum/packages.js';
import { missingTranslations } from '../../curriculum/missing.js';
import { editionOf } from '../../curriculum/content.js';
import { db } from '../db/client.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoPackages } from './curriculum.js';
import { createDemoDirectory } from './directory.js';
import { createDemoProgrammes } from './programmes.js';

useTestDatabase();

const trainer: Actor = {
	kind: 'user',
	userId: 'demo-trainer',
	name: 'Trainer',
	email: 'trainer@example.org',
	grants: [{ role: 'trainer', scope: { kind: 'platform' } }]
};

describe('demo training package', () => {
	it('publishes MIG-H’s package as version 1: two modules, a ToT-only session, links, complete in English and French', async () => {
		await createDemoDirectory();
		await db().transaction((tx) => createDemoProgrammes(tx));
		const { mighVersionId } = await db().transaction((tx) => createDemoPackages(tx));

		const [row] = await listPackages(trainer, {});
		expect(row).toMatchObject({ latestVersion: { number: 1 }, programme: { acronym: 'MIG-H' } });
		const version = await getVersion(trainer, row.id, 1);
		expect(version.id).toBe(mighVersionId);
		const { modules } = version.content;
		expect(modules.map((module) => module.topic)).toEqual(['communicable_diseases', 'mental_health']);
		for (const module of modules) expect(module.sessions.length).toBeGreaterThanOrEqual(3);
		const trainee = editionOf(version.content, 'trainee');
		expect(trainee.modules[0].sessions.length).toBe(modules[0].sessions.length - 1);
		expect(modules.flatMap((m) => m.sessions).flatMap((s) => s.materials)).toContainEqual(
			expect.objectContaining({ kind: 'link', url: expect.stringMatching(/^https:\/\/www\.who\.int\//) })
		);
		const missing = missingTranslations(version.content, (await getPackage(trainer, row.id)).languages);
		expect(missing.missingIn).toMatchObject({ en: 0, fr: 0 });
		expect(missing.missingIn.ar).toBeGreaterThan(0);
		await expect(listPackages(publicActor, {})).rejects.toThrow();
	});
});
