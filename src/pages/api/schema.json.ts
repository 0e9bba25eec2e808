import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../lib/api';

export const GET: APIRoute = () => Response.json(apiJsonSchema());
