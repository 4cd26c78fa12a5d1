import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'A support staff login for your company: it answers tickets, writes the knowledge base and works custom jobs, nothing else.',
})
export class CreateStaffLoginInput {
  @Field(() => String, { description: 'Login (3–32 characters: letters, digits, . _ -), unique in your company.' })
  login!: string;

  @Field(() => String, { description: 'Their e-mail address (support notifications go there).' })
  email!: string;

  @Field(() => String, { description: 'A first password, at least 8 characters; they can change it.' })
  password!: string;
}
