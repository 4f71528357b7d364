// Reference data every database needs, whatever else it holds. Idempotent.
import type { Db } from './db/client.js';

export async function loadReferenceData(db: Db): Promise<void> {
	void db;
}
