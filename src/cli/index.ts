#!/usr/bin/env node
// The operator command: `npm run -s cli -- <command> [...]`.
// A command that needs DATA_DIR to itself stops at once when a live process holds it, before the
// rest of the program is loaded (the lock itself is taken when the command opens the database).
import './precheck.js';

await import('./commands.js');
