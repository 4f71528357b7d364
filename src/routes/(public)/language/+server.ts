// The language switcher posts here (it works without JavaScript); the choice is kept in a cookie.
import { redirect, type RequestHandler } from '@sveltejs/kit';
import { cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { localRedirectTarget } from '#lib/server/web/redirect-target.js';

export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	const locale = String(form.get('locale') ?? '');
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 400,
			httpOnly: false,
			sameSite: 'lax'
		});
	}
	const target = form.get('redirectTo');
	redirect(303, localRedirectTarget(typeof target === 'string' ? target : null, url.origin));
};
