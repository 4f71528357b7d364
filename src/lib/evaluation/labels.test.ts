import { describe, expect, it } from 'vitest';
import { phaseName } from './labels.js';

describe('the names of a plan’s phases', () => {
	it('names each phase, a follow-up with its day', () => {
		expect(phaseName({ phase: 'pre', offsetDays: 0 })).toBe('Pre-test');
		expect(phaseName({ phase: 'satisfaction', offsetDays: 0 })).toBe('Satisfaction questionnaire');
		expect(phaseName({ phase: 'follow_up', offsetDays: 180 })).toBe('Follow-up after 180 days');
	});
});
