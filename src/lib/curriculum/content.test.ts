import { describe, expect, it } from 'vitest';
import {
	editionOf,
	findModule,
	findSession,
	totalMinutes,
	type PackageContent,
	type SessionContent
} from './content.js';

const session = (id: string, editions: SessionContent['editions'], minutes: number): SessionContent => ({
	id,
	title: { en: id },
	objectives: [],
	durationMinutes: minutes,
	methods: [],
	editions,
	trainerNotes: { en: 'Keep time for questions' },
	materials: []
});

const content: PackageContent = {
	title: { en: 'Package' },
	summary: null,
	audiences: ['trainers'],
	programmeId: null,
	modules: [
		{
			id: 'm',
			title: { en: 'Module' },
			topic: null,
			summary: null,
			sessions: [session('both', ['trainer', 'trainee'], 60), session('facilitation', ['trainer'], 45)]
		}
	]
};

describe('editions', () => {
	it('the trainer’s edition shows every session with its notes', () => {
		expect(editionOf(content, 'trainer')).toEqual(content);
	});

	it('the trainee edition leaves out sessions for trainers only and every trainer’s note', () => {
		const sessions = editionOf(content, 'trainee').modules[0].sessions;
		expect(sessions.map((s) => s.id)).toEqual(['both']);
		expect(sessions[0].trainerNotes).toBeNull();
		expect(content.modules[0].sessions[0].trainerNotes).not.toBeNull();
	});

	it('adds up session durations', () => {
		expect(totalMinutes(content.modules[0].sessions)).toBe(105);
	});
});

describe('finding a module or session', () => {
	it('gives its place, or nothing for an id the package does not hold', () => {
		expect(findModule(content, 'm')?.index).toBe(0);
		expect(findModule(content, 'x')).toBeUndefined();
		expect(findSession(content, 'facilitation')).toMatchObject({ moduleIndex: 0, index: 1 });
		expect(findSession(content, 'x')).toBeUndefined();
	});
});
