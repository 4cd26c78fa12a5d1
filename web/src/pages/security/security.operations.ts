import { graphql } from '../../graphql/generated';

export const TwoFactorStateFields = graphql(`
  fragment TwoFactorStateFields on TwoFactorState {
    totpEnabled
    recoveryCodesLeft
    methods
    enrolmentRequired
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

export const TwoFactorQuery = graphql(`
  query TwoFactor {
    viewer {
      twoFactor {
        ...TwoFactorStateFields
      }
    }
  }
`);

export const StartTotpMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpMutation = graphql(`
  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {
    confirmTotpEnrolment(input: $input) {
      codes
    }
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($input: TwoFactorProofInput!) {
    disableTotp(input: $input)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorProofInput!) {
    regenerateRecoveryCodes(input: $input) {
      codes
    }
  }
`);

export const StartPasskeyRegistrationMutation = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration
  }
`);

export const FinishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      id
    }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

export const AdminsTwoFactorQuery = graphql(`
  query AdminsTwoFactor {
    viewer {
      reseller {
        id
        adminsNeedTwoFactor
      }
      twoFactor {
        methods
      }
    }
  }
`);

export const SetAdminsNeedTwoFactorMutation = graphql(`
  mutation SetAdminsNeedTwoFactor($required: Boolean!) {
    setAdminsNeedTwoFactor(required: $required) {
      id
      adminsNeedTwoFactor
    }
  }
`);

export const SecondFactorPasskeyOptionsMutation = graphql(`
  mutation SecondFactorPasskeyOptions {
    secondFactorPasskeyOptions
  }
`);

export const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($input: SecondFactorInput!) {
    verifySecondFactor(input: $input) {
      role
    }
  }
`);

export const UserTwoFactorQuery = graphql(`
  query UserTwoFactor($id: ID!) {
    user(id: $id) {
      id
      twoFactorEnabled
    }
  }
`);

export const ResetUserTwoFactorMutation = graphql(`
  mutation ResetUserTwoFactor($id: ID!) {
    resetUserTwoFactor(id: $id) {
      id
      twoFactorEnabled
    }
  }
`);
