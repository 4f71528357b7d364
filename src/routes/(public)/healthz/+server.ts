import { json, type RequestHandler } from '@sveltejs/kit';
import { databaseHealth } from '#lib/server/db/health.js';

export const GET: RequestHandler = async () => {
	const health = await databaseHealth();
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
