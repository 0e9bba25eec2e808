import type { APIRoute } from 'astro';
import { codes } from '../../data/codes';
import { comparisons } from '../../data/comparisons';
import { toQuizData } from '../../quiz/data';

/** The quiz's questions are generated in the browser from this file, fetched when a round starts. */
export const GET: APIRoute = () => Response.json(toQuizData(codes, comparisons));
