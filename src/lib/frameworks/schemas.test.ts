import { describe, expect, it } from 'vitest';
import {
	ComponentStatementsSchema,
	FrameworkCreateSchema,
	FrameworkMoveSchema,
	FrameworkUpdateSchema,
	ModuleCitationsSchema
} from './schemas.js';

const programmeId = '00000000-0000-4000-8000-00000000000a';
const statementA = '00000000-0000-4000-8000-0000000000a1';
const statementB = '00000000-0000-4000-8000-0000000000b2';

const problems = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('framework schemas', () => {
	it('takes a framework with its title in one language, blank languages and study left out', () => {
		expect(
			FrameworkCreateSchema.parse({
				programmeId,
				studyId: '',
				title: { en: ' Training framework ', fr: '', ar: '' },
				summary: { en: '', fr: '', ar: '' }
			})
		).toEqual({ programmeId, studyId: null, title: { en: 'Training framework' }, summary: null });
	});

	it('refuses a framework with no title and an unknown programme', () => {
		expect(problems(FrameworkCreateSchema.safeParse({ programmeId: 'x', title: { en: ' ' } }))).toEqual([
			['title', 'localized_required'],
			['programmeId', 'unknown_programme']
		]);
	});

	it('changes only the fields sent', () => {
		expect(FrameworkUpdateSchema.parse({ summary: { en: 'Why' } })).toEqual({ summary: { en: 'Why' } });
	});

	it('reads a move from a form: a place counting from 1, and optionally another section', () => {
		expect(FrameworkMoveSchema.parse({ position: '2' })).toEqual({ position: 2 });
		expect(FrameworkMoveSchema.parse({ position: '1', sectionId: statementA })).toEqual({
			position: 1,
			sectionId: statementA
		});
		expect(problems(FrameworkMoveSchema.safeParse({ position: '0' }))).toEqual([
			['position', 'invalid_position']
		]);
	});

	it('takes a set of statements or components: repeats dropped, in a stable order', () => {
		expect(ComponentStatementsSchema.parse({ statementIds: [statementB, statementA, statementB] })).toEqual({
			statementIds: [statementA, statementB]
		});
		expect(problems(ComponentStatementsSchema.safeParse({ statementIds: ['nope'] }))).toEqual([
			['statementIds.0', 'statement_not_accepted']
		]);
		expect(ModuleCitationsSchema.parse({ componentIds: [] })).toEqual({ componentIds: [] });
	});
});
