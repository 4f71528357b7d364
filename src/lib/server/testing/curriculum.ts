// What the curriculum's database tests share: programmes of their own, a package with one session,
// and small files of each kind. For tests only.
import type { Actor } from '../auth/actor.js';
import { addModule } from '../curriculum/modules.js';
import { createPackage } from '../curriculum/packages.js';
import { addSession } from '../curriculum/sessions.js';
import { newProgramme } from './fixtures.js';

/** A programme named after its acronym, running through 2018 and 2019. */
export const testProgramme = (acronym: string) =>
	newProgramme({ name: `Programme ${acronym}`, acronym, startsOn: '2018-01-01', endsOn: '2019-12-31' });

/** A package in `programmeId` with one module holding one session for both editions. */
export async function testPackage(editor: Actor, programmeId: string | null, title = 'Migrant health') {
	const { id } = await createPackage(editor, {
		title: { en: title, fr: `${title} (fr)` },
		programmeId,
		audiences: ['health_professionals', 'trainers']
	});
	const module = await addModule(editor, id, { title: { en: 'Communicable diseases' } });
	const session = await addSession(editor, id, module.id, {
		title: { en: 'Tuberculosis' },
		objectives: [{ en: 'Describe how TB spreads' }],
		durationMinutes: 60,
		editions: ['trainer', 'trainee']
	});
	return { id, moduleId: module.id, sessionId: session.id };
}

/** The smallest file each check needs: a PDF by its content, and one that is no accepted type. */
export const testFiles = {
	pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1'),
	png: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
};
