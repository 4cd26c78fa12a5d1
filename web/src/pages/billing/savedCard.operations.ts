import { graphql } from '../../graphql/generated';

/** Saves a card at a gateway for the account, replacing the one before. */
export const SaveCardMutation = graphql(`
  mutation SaveCard($input: SaveCardInput!) {
    saveCard(input: $input) {
      ...SavedCardFields
    }
  }
`);

export const RemoveSavedCardMutation = graphql(`
  mutation RemoveSavedCard($accountId: ID) {
    removeSavedCard(accountId: $accountId) {
      id
    }
  }
`);
