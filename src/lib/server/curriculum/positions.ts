// The order of a package's modules, and of a module's sessions: places 1, 2, 3… without gaps.
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { packageModule, packageSession } from '../db/schema/curriculum.js';

/**
 * `ids` with `id` taken out and put at `position` (counting from 1); a position past the end puts
 * it last.
 */
export function moved(ids: readonly string[], id: string, position: number): string[] {
	const others = ids.filter((other) => other !== id);
	const index = Math.min(Math.max(position, 1), others.length + 1) - 1;
	return [...others.slice(0, index), id, ...others.slice(index)];
}

/** Numbers the rows 1, 2, 3… in the order of `ids`, in one statement. */
export async function writePositions(
	tx: Tx,
	table: typeof packageModule | typeof packageSession,
	ids: readonly string[]
): Promise<void> {
	if (ids.length === 0) return;
	const places = sql.join(
		ids.map((id, index) => sql`(${id}::uuid, ${index + 1}::int)`),
		sql`, `
	);
	await tx.execute(
		sql`update ${table} set position = place.position from (values ${places}) as place(id, position) where ${table.id} = place.id`
	);
}
