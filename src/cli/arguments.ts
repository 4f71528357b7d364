// Command-line options, parsed strictly: a mistake prints the command's usage, for exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseOptions<T extends ParseArgsConfig>(
	config: T,
	usage: string
): ReturnType<typeof parseArgs<T>> | undefined {
	try {
		return parseArgs(config);
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return undefined;
	}
}
