import { graphql } from '../../graphql.ts';

/**
 * The signed-in buyer, if any. Asked only in the browser, where the session cookie is: pages rendered on
 * the server are the same for every visitor, so nothing that shows it runs there.
 */
export const AccountViewerQuery = graphql(`
  query AccountViewer {
    viewer {
      user {
        id
        name
        email
        organization
      }
    }
  }
`);
