import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visualRuns } from './bidi.js';

const drawn = (line: string, direction: 'ltr' | 'rtl') =>
	visualRuns(line, direction).map(({ logical, rtl, script }) => ({ logical, rtl, script }));

describe('visual runs', () => {
	it('gives an Arabic line to the shaper whole, in reading order, to be laid out right to left', () => {
		expect(visualRuns('صحة المهاجرين', 'rtl')).toEqual([
			{ logical: 'صحة المهاجرين', shaperText: 'صحة المهاجرين', rtl: true, script: 'arabic' }
		]);
	});

	it('keeps an English name and a year inside Arabic text left to right, the Arabic around them right to left', () => {
		// Read from the right: "training" (التدريب), then MIG-H, then "programme" (برنامج) on the left.
		expect(drawn('التدريب MIG-H برنامج', 'rtl')).toEqual([
			{ logical: ' برنامج', rtl: true, script: 'arabic' },
			{ logical: 'MIG-H', rtl: false, script: 'latin' },
			{ logical: ' ', rtl: true, script: 'latin' },
			{ logical: 'التدريب', rtl: true, script: 'arabic' }
		]);
	});

	it('mirrors brackets in right-to-left text, so "(2018)" reads as it should', () => {
		const runs = visualRuns('للتدريب (2018) على', 'rtl');
		expect(runs.map((run) => run.shaperText).join('')).toBe(' على(2018) للتدريب');
	});

	it('leaves an Arabic word in a French sentence in its place, shaped right to left', () => {
		expect(drawn('le mot صحة ici', 'ltr')).toEqual([
			{ logical: 'le mot ', rtl: false, script: 'latin' },
			{ logical: 'صحة', rtl: true, script: 'arabic' },
			{ logical: ' ici', rtl: false, script: 'latin' }
		]);
	});

	it('keeps Arabic-Indic digits in order although the shaper reverses Arabic-script runs', () => {
		const [run] = visualRuns('٩٠', 'rtl');
		expect(run).toMatchObject({ logical: '٩٠', rtl: false, script: 'arabic', shaperText: '٠٩' });
	});

	it('draws every character of the line exactly once, whatever it mixes', () => {
		const alphabet = fc.constantFrom(...'abc XYZ 123 ()[]-.,:،؟ صحة مهاجر ٠١٢'.split(''));
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 40 }),
				fc.constantFrom('ltr', 'rtl'),
				(chars, direction) => {
					const line = chars.join('');
					const unmirror = (text: string) => text.replace(/[()[\]]/g, '');
					const drawnChars = visualRuns(line, direction as 'ltr' | 'rtl')
						.map((run) => unmirror(run.logical))
						.join('');
					expect([...drawnChars].sort()).toEqual([...unmirror(line)].sort());
				}
			)
		);
	});
});
