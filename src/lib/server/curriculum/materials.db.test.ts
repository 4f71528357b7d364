import { beforeAll, describe, expect, it } from 'vitest';
import { maxMaterialBytes } from '../../curriculum/values.js';
import type { Actor } from '../auth/actor.js';
import { storedFile } from '../db/schema/files.js';
import { useTestDatabase } from '../testing/database.js';
import { countRows, newAccount, refusal } from '../testing/fixtures.js';
import { getDraft } from './draft.js';
import { addFileMaterial, addLinkMaterial, getMaterialFile, removeMaterial } from './materials.js';
import { testFiles, testPackage, testProgramme } from '../testing/curriculum.js';
import { publishVersion } from './versions.js';

useTestDatabase();

let ours: string;
let coordinator: Actor;
let trainer: Actor;
let participant: Actor;

beforeAll(async () => {
	ours = await testProgramme('OURS');
	coordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: ours }
	});
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	participant = await newAccount({ role: 'participant', scope: { kind: 'platform' } });
});

const fileCount = () => countRows(storedFile);

describe('file materials', () => {
	it('stores a PDF under a name with its ending, and gives it back to editors', async () => {
		const { id, sessionId } = await testPackage(coordinator, ours);
		await addFileMaterial(coordinator, id, sessionId, {
			title: { en: 'TB factsheet', fr: 'Fiche tuberculose' },
			language: 'fr',
			file: { name: 'fiche-tuberculose', content: testFiles.pdf }
		});
		const [material] = (await getDraft(coordinator, id)).modules[0].sessions[0].materials;
		expect(material).toMatchObject({
			kind: 'file',
			title: { en: 'TB factsheet', fr: 'Fiche tuberculose' },
			language: 'fr',
			url: null,
			file: { name: 'fiche-tuberculose.pdf', mediaType: 'application/pdf', byteSize: testFiles.pdf.length }
		});
		const file = await getMaterialFile(coordinator, id, material.file!.id);
		expect(file.content.equals(testFiles.pdf)).toBe(true);
	});

	it('refuses, beside the file, a missing, empty, oversized or unaccepted file, and stores nothing', async () => {
		const { id, sessionId } = await testPackage(coordinator, ours);
		const before = await fileCount();
		const upload = (file?: { name: string; content: Buffer }) =>
			addFileMaterial(coordinator, id, sessionId, { title: { en: 'Slides' }, file });
		const oversized = Buffer.concat([
			testFiles.pdf,
			Buffer.alloc(maxMaterialBytes + 1 - testFiles.pdf.length)
		]);

		await expect(upload()).rejects.toThrow(refusal('invalid', { file: ['required'] }));
		await expect(upload({ name: 'empty.pdf', content: Buffer.alloc(0) })).rejects.toThrow(
			refusal('invalid', { file: ['required'] })
		);
		await expect(upload({ name: 'big.pdf', content: oversized })).rejects.toThrow(
			refusal('invalid', { file: ['file_too_large'] })
		);
		// Named as a PDF, but an image by its content.
		await expect(upload({ name: 'photo.pdf', content: testFiles.png })).rejects.toThrow(
			refusal('invalid', { file: ['file_type_not_accepted'] })
		);
		await expect(
			addFileMaterial(coordinator, id, sessionId, {
				title: { en: '' },
				file: { name: 'a.pdf', content: testFiles.pdf }
			})
		).rejects.toThrow(refusal('invalid', { title: ['localized_required'] }));
		expect(await fileCount()).toBe(before);
		expect((await getDraft(coordinator, id)).modules[0].sessions[0].materials).toEqual([]);
	});

	it('takes a file just at the size limit', async () => {
		const { id, sessionId } = await testPackage(coordinator, ours);
		const largest = Buffer.concat([testFiles.pdf, Buffer.alloc(maxMaterialBytes - testFiles.pdf.length)]);
		await addFileMaterial(coordinator, id, sessionId, {
			title: { en: 'Large' },
			file: { name: 'large.pdf', content: largest }
		});
		const [material] = (await getDraft(coordinator, id)).modules[0].sessions[0].materials;
		expect(material.file?.byteSize).toBe(maxMaterialBytes);
	});

	it('lets readers download the files of published versions only, even after the draft dropped them', async () => {
		const { id, sessionId } = await testPackage(coordinator, ours);
		await addFileMaterial(coordinator, id, sessionId, {
			title: { en: 'Handout' },
			file: { name: 'handout.pdf', content: testFiles.pdf }
		});
		const [material] = (await getDraft(coordinator, id)).modules[0].sessions[0].materials;
		const fileId = material.file!.id;
		await expect(getMaterialFile(trainer, id, fileId)).rejects.toThrow(refusal('forbidden'));

		await publishVersion(coordinator, id, {});
		await removeMaterial(coordinator, id, material.id);
		expect((await getMaterialFile(trainer, id, fileId)).name).toBe('handout.pdf');
		await expect(getMaterialFile(participant, id, fileId)).rejects.toThrow(refusal('forbidden'));

		const other = await testPackage(coordinator, ours, 'Other');
		await expect(getMaterialFile(coordinator, other.id, fileId)).rejects.toThrow(refusal('not_found'));
		await expect(removeMaterial(coordinator, other.id, material.id)).rejects.toThrow(refusal('not_found'));
	});
});

describe('link materials', () => {
	it('takes web addresses only', async () => {
		const { id, sessionId } = await testPackage(coordinator, ours);
		await addLinkMaterial(coordinator, id, sessionId, {
			title: { en: 'Video' },
			url: 'https://example.org/video'
		});
		await expect(
			addLinkMaterial(coordinator, id, sessionId, { title: { en: 'Bad' }, url: 'javascript:alert(1)' })
		).rejects.toThrow(refusal('invalid', { url: ['invalid_url'] }));
		await expect(
			addLinkMaterial(trainer, id, sessionId, { title: { en: 'Video' }, url: 'https://example.org/v' })
		).rejects.toThrow(refusal('forbidden'));
		const materials = (await getDraft(coordinator, id)).modules[0].sessions[0].materials;
		expect(materials).toEqual([expect.objectContaining({ kind: 'link', url: 'https://example.org/video' })]);
	});
});
