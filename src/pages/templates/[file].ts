/** The import templates as files of the site (/templates/organizations.xlsx, …), written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { TableName } from '../../model/schema';
import { allTemplates, template } from '../../templates/templates';

export const getStaticPaths: GetStaticPaths = () =>
  allTemplates().map((t) => ({ params: { file: t.urlName }, props: { table: t.table } }));

export const GET: APIRoute = ({ props }) =>
  new Response(template(props.table as TableName).bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
