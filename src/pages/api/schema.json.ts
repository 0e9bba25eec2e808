import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../data/api';

export const GET: APIRoute = () => Response.json(apiJsonSchema());
