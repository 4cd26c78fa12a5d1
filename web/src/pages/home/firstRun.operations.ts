import { graphql } from '../../graphql/generated';

/** What the cluster still needs before customers' requests succeed (master admin). */
export const FirstRunChecklistQuery = graphql(`
  query FirstRunChecklist {
    firstRunChecklist {
      complete
      empty
      suggestedAddress
      steps {
        id
        done
        have
        need
        missing
        fixPath
      }
    }
  }
`);

/** The usual single-machine layout, on an empty cluster. */
export const SetUpSingleMachineMutation = graphql(`
  mutation SetUpSingleMachine($input: SingleMachineInput!) {
    setUpSingleMachine(input: $input) {
      complete
    }
  }
`);
