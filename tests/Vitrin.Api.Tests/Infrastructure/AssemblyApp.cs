using Vitrin.Api.Tests.Infrastructure;

// One API instance (and one database) for the whole test assembly.
[assembly: AssemblyFixture(typeof(VitrinApp))]
