import { describe, expect, it } from 'vitest';
import { pathExtent } from '../testing/svg-tree.js';
import { CompactPath } from './compact-path.js';

describe('compact map paths', () => {
	it('writes whole pixels, the first point absolute and the rest relative, dropping repeated points', () => {
		const path = new CompactPath();
		path.moveTo(10.4, 20.6);
		path.lineTo(15.2, 20.9);
		path.lineTo(15.4, 21.1); // the same pixel: dropped
		path.lineTo(12, 18);
		path.closePath();
		path.moveTo(100, 100);
		path.lineTo(101, 99);
		path.closePath();
		const d = path.take();
		expect(d).toBe('M10,21l5,0-3,-3zM100,100l1,-1z');
		expect(pathExtent(d)).toEqual({ x: [10, 101], y: [18, 100] });
		expect(path.take()).toBe('');
	});
});
