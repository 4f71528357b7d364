// The language switcher posts here (it works without JavaScript); the choice is kept in a cookie.
import { redirect, type RequestHandler } from '@sveltejs/kit';
import { cookieName, isLocale } from '#lib/paraglide/runtime.js';

export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData();
	const locale = String(form.get('locale') ?? '');
	const target = String(form.get('redirectTo') ?? '/');
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 400,
			httpOnly: false,
			sameSite: 'lax'
		});
	}
	// Only paths on this site: never an open redirect.
	redirect(303, target.startsWith('/') && !target.startsWith('//') ? target : '/');
};
