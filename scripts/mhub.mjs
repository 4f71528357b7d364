#!/usr/bin/env node
// The `mhub` command (`npm run mhub -- <command>`): install and build if needed, then run the CLI.
import path from 'node:path';
import { ensureInstalled, handOver, root } from './bootstrap.mjs';

ensureInstalled();
handOver(path.join(root, 'scripts', 'serve.mjs'), process.argv.slice(2));
