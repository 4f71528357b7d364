// The programme's figures for its DHIS2 instance, as an ADX file. A refusal (bad quarters, codes
// missing from the mapping) sends the reader back to the exchange page, which lists every problem.
import { redirect } from '@sveltejs/kit';
import { exportAdx } from '#lib/server/evaluation/adx-export.js';
import { isDomainError } from '#lib/server/errors.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = { from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '' };
	try {
		const { xml, period } = await exportAdx(locals.actor, params.id, query);
		return new Response(xml, {
			headers: {
				'content-type': 'application/adx+xml; charset=utf-8',
				'content-disposition': `attachment; filename="adx-${period.from}-${period.to}.xml"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		if (!isDomainError(error) || error.code !== 'invalid') throw error;
		redirect(303, `/programmes/${params.id}/exchange?${new URLSearchParams(query)}#download`);
	}
};
