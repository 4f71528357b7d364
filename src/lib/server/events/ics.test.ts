import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfter, escapeText, foldLine, icsCalendar, utcDateTime } from './ics.js';

/** RFC 5545 unfolding: a line break followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line);
/** Characters of one to four octets, and those that need escaping. */
const characters = fc.constantFrom('a', ' ', ',', ';', '\\', '\n', '\r\n', 'é', 'ش', '中', '🎓');

describe('iCalendar text', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('Athens, Greece; room 2\\B\r\nfloor 1\nwing\rC')).toBe(
			'Athens\\, Greece\\; room 2\\\\B\\nfloor 1\\nwing\\nC'
		);
	});

	it('leaves a short line alone', () => {
		expect(foldLine('SUMMARY:Regional school')).toBe('SUMMARY:Regional school');
	});

	it('folds at 75 octets, counting the space of each continuation', () => {
		const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`);
		const lines = folded.split('\r\n');
		// 208 octets: 75 on the first line, then 74 after each leading space.
		expect(lines.map(octets)).toEqual([75, 75, 1 + 208 - 75 - 74]);
		expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
		expect(unfold(folded)).toBe(`SUMMARY:${'x'.repeat(200)}`);
	});

	it('counts octets, not characters, and never splits a character (Arabic, emoji)', () => {
		const title = 'SUMMARY:المدرسة الإقليمية للصحة والهجرة في أثينا — دورة تدريب المدربين 🎓 '.repeat(3);
		const folded = foldLine(title);
		for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(unfold(folded)).toBe(title);
		expect(folded).not.toContain('\uFFFD');
	});

	it('folds any text into lines of at most 75 octets that unfold to the original', () => {
		fc.assert(
			fc.property(fc.string({ unit: characters, maxLength: 300 }), (text) => {
				const line = `DESCRIPTION:${escapeText(text)}`;
				const folded = foldLine(line);
				expect(folded.split('\r\n').every((part) => octets(part) <= 75)).toBe(true);
				expect(unfold(folded)).toBe(line);
			})
		);
	});
});

describe('iCalendar dates', () => {
	it('writes UTC date-times without separators', () => {
		expect(utcDateTime(new Date('2026-05-12T07:30:05.123Z'))).toBe('20260512T073005Z');
	});

	it('ends an all-day event on the day after its last day, across months and leap days', () => {
		expect(dayAfter('2026-05-14')).toBe('2026-05-15');
		expect(dayAfter('2026-01-31')).toBe('2026-02-01');
		expect(dayAfter('2028-02-28')).toBe('2028-02-29');
		expect(dayAfter('2026-12-31')).toBe('2027-01-01');
	});
});

describe('iCalendar files', () => {
	const now = new Date('2026-03-01T10:00:00Z');

	it('writes a multi-day all-day event with an exclusive end, CRLF line ends and a UTC stamp', () => {
		const file = icsCalendar(
			{
				name: 'MIG-H, Training',
				entries: [
					{
						uid: 'event-1@mhub',
						summary: 'Regional school, Athens',
						location: 'Hotel Titania, Athens',
						url: 'https://mhub.example.org/e/1',
						allDay: { first: '2026-05-12', last: '2026-05-14' }
					}
				]
			},
			now
		);
		expect(file.endsWith('\r\n')).toBe(true);
		expect(file.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(file.split('\r\n')).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//MHub//Events//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'X-WR-CALNAME:MIG-H\\, Training',
			'BEGIN:VEVENT',
			'UID:event-1@mhub',
			'DTSTAMP:20260301T100000Z',
			'DTSTART;VALUE=DATE:20260512',
			'DTEND;VALUE=DATE:20260515',
			'SUMMARY:Regional school\\, Athens',
			'LOCATION:Hotel Titania\\, Athens',
			'URL:https://mhub.example.org/e/1',
			'END:VEVENT',
			'END:VCALENDAR',
			''
		]);
	});

	it('writes timed sessions in UTC, and an empty calendar when there is nothing', () => {
		const file = icsCalendar(
			{
				entries: [
					{
						uid: 'session-1@mhub',
						summary: 'Opening',
						description: 'Welcome\nand introductions',
						lastModified: new Date('2026-02-01T08:00:00Z'),
						start: new Date('2026-05-12T06:00:00Z'),
						end: new Date('2026-05-12T07:30:00Z')
					}
				]
			},
			now
		);
		expect(file).toContain('\r\nDTSTART:20260512T060000Z\r\nDTEND:20260512T073000Z\r\n');
		expect(file).toContain('\r\nDESCRIPTION:Welcome\\nand introductions\r\n');
		expect(file).toContain('\r\nLAST-MODIFIED:20260201T080000Z\r\n');
		expect(file).not.toContain('X-WR-CALNAME');
		expect(icsCalendar({ entries: [] }, now)).not.toContain('BEGIN:VEVENT');
	});
});
