// A feature router like server/router.ts's newRouter, whose validation messages name this
// feature's fields in Vietnamese (the shared field labels do not know "Ngày họp" or "Nội dung").
import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { invalid } from '../../server/errors.js';
import { zodFieldErrors } from '../../server/zod-errors.js';

export function labelledRouter(labels: Record<string, string>) {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      throw invalid(zodFieldErrors(result.error as z.ZodError, labels));
    },
  });
}
