import { describe, expect, it } from 'vitest';
import { closedFolders, type FolderMode } from './embedded-access.js';

const postgres = { name: 'postgres', uid: 101, groups: [104, 103] };
const folders: Record<string, FolderMode> = {
	'/': { uid: 0, gid: 0, mode: 0o755 },
	'/root': { uid: 0, gid: 0, mode: 0o700 },
	'/root/mhub': { uid: 0, gid: 0, mode: 0o755 },
	'/srv': { uid: 0, gid: 103, mode: 0o750 },
	'/srv/own': { uid: 101, gid: 0, mode: 0o700 },
	'/srv/locked': { uid: 0, gid: 0, mode: 0o750 }
};
const modeOf = (dir: string) => folders[dir];

describe('closedFolders: which folders the user PostgreSQL runs as may not enter', () => {
	it("names root's private home above a clone in it", () => {
		expect(closedFolders('/root/mhub/data/postgres', postgres, modeOf)).toEqual(['/root']);
	});

	it("lets the user through by its group's bit, its own folders by the owner's, others by other's", () => {
		expect(closedFolders('/srv/own/postgres', postgres, modeOf)).toEqual([]);
		expect(closedFolders('/srv/locked/postgres', postgres, modeOf)).toEqual(['/srv/locked']);
	});

	it('takes a user not created yet for a stranger to every folder', () => {
		const stranger = { name: 'postgres', uid: -1, groups: [] };
		expect(closedFolders('/srv/own', stranger, modeOf)).toEqual(['/srv', '/srv/own']);
	});
});
