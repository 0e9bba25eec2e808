import type { APIRoute } from 'astro';
import { codes } from '../../data/codes';
import { toApiIndex } from '../../data/api';

export const GET: APIRoute = () => Response.json(toApiIndex(codes));
