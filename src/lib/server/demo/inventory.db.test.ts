import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { listPackages } from '../inventory/packages.js';
import { packageReviews } from '../inventory/reviews.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoAccounts } from './accounts.js';
import { createDemoDirectory } from './directory.js';
import { createDemoInventory } from './inventory.js';
import { createDemoProgrammes } from './programmes.js';

useTestDatabase();

const administrator: Actor = {
	kind: 'user',
	userId: 'nobody',
	name: 'Administrator',
	email: 'nobody@example.org',
	grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
};

describe('demo inventory', () => {
	it('holds MIG-H packages, four criteria and a review of MEM-TP', async () => {
		await createDemoAccounts();
		await createDemoDirectory();
		const ids = await db().transaction((tx) => createDemoProgrammes(tx));
		await createDemoInventory(ids['MIG-H']);

		const listed = await listPackages(administrator, { programmeId: ids['MIG-H'] });
		expect(listed).toHaveLength(3);
		const memTp = listed.find((row) => row.title.startsWith('MEM-TP'));
		// Scores 5, 4, 4, 3 out of 5 each: 16 / 20 = 80 %.
		expect(memTp).toMatchObject({ reviewCount: 1, averagePercent: 80 });
		const reviews = await packageReviews(administrator, memTp!.id);
		expect(reviews.criteria.map((criterion) => criterion.label.en)).toEqual([
			'Relevance',
			'Evidence base',
			'Adaptability',
			'Evaluation'
		]);
		expect(reviews.reviews.map((review) => review.reviewerName)).toEqual(['Marta Ruiz']);
	});
});
