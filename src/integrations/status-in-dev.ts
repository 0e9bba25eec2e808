import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * `astro dev` has no /status/ of its own (the Node server answers it in production), so this puts
 * the same handler in front of Astro's dev middleware. Astro places its trailing-slash rule (which
 * would answer 404) first in a post hook; this plugin's post hook runs after Astro's and goes first.
 */
const plugin: Plugin = {
  name: 'status-in-dev',
  configureServer(server) {
    return () => {
      const handle = async (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
        if (!request.url?.startsWith('/status/')) return next();
        try {
          const { handleDevStatus } = await server.ssrLoadModule('/src/server/dev.ts');
          await handleDevStatus(request, response);
        } catch (error) {
          next(error);
        }
      };
      server.middlewares.stack.unshift({ route: '', handle: handle as never });
    };
  },
};

export default function statusInDev(): AstroIntegration {
  return {
    name: 'status-in-dev',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
