import type { APIRoute, GetStaticPaths } from 'astro';
import { codes } from '../../../data/codes';
import { toApiCode } from '../../../data/api';

export const getStaticPaths = (() => codes.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: (typeof codes)[number] }> = ({ props }) => Response.json(toApiCode(props.entry));
