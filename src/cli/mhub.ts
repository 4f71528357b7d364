// The mhub command line. Each command is a thin door onto the domain layer.
import { start } from './start.js';
import { connect } from './database.js';
import { createAdmin } from './create-admin.js';
import { backup } from './backup.js';
import { restore } from './restore.js';
import { seed } from './seed.js';

const usage = `Usage: mhub <command>

  start                 run MHub (database, migrations, demo data on first run, web server)
  migrate               apply database migrations and exit
  create-admin --email E --name N [--password P]
                        create an administrator (password also from MHUB_ADMIN_PASSWORD)
  seed --demo           load the demo accounts, directory and programmes (once)
  backup [--output FILE]
                        write all data to FILE (default: <data folder>/backups/mhub-<time>.jsonl.gz)
  restore FILE [--yes]  replace all data with a backup's (asks for --yes first)
`;

const [command = 'start', ...args] = process.argv.slice(2);

async function main(): Promise<number> {
	switch (command) {
		case 'start':
			await start();
			return -1;
		case 'migrate': {
			const connection = await connect();
			await connection.close();
			console.log('Migrations applied.');
			return 0;
		}
		case 'create-admin':
			return createAdmin(args);
		case 'seed':
			return seed(args);
		case 'backup':
			return backup(args);
		case 'restore':
			return restore(args);
		default:
			console.error(usage);
			return command === 'help' || command === '--help' ? 0 : 2;
	}
}

main().then(
	(code) => {
		if (code >= 0) process.exit(code);
	},
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
