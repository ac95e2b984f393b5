using Rectification.Domain.People;

namespace Rectification.Tests.People;

/// <summary>The rules of a person's accounts: linked once, never someone else's, and never the last one unlinked.</summary>
public sealed class PersonIdentityTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly ChannelIdentity Teams = new(IdentityRealm.Microsoft, "29:1abc", "aad-1");
    private static readonly ChannelIdentity Telegram = new(IdentityRealm.Telegram, "123456789");

    [Fact]
    public void APersonIsKnownByEveryLinkedAccountButOnlyInItsOwnRealm()
    {
        var person = new Person("29:1abc", Teams, "李四", PersonRole.Staff, "综合处", At);

        Assert.True(person.Link(Telegram, null, At.AddDays(1)));

        Assert.True(person.IsIdentifiedBy(new ChannelIdentity(IdentityRealm.Microsoft, "29:other", "aad-1")));
        Assert.True(person.IsIdentifiedBy(new ChannelIdentity(IdentityRealm.Telegram, "123456789")));
        Assert.False(person.IsIdentifiedBy(new ChannelIdentity(IdentityRealm.Telegram, "29:1abc")));
        Assert.Equal(At.AddDays(1), person.ChangedAtUtc);
        Assert.Equal("29:1abc", person.Key);
    }

    [Fact]
    public void LinkingAnAccountThePersonHasChangesNothing()
    {
        var person = new Person("29:1abc", Teams, "李四", PersonRole.Staff, "综合处", At);

        Assert.False(person.Link(new ChannelIdentity(IdentityRealm.Microsoft, "29:1abc"), person, At.AddDays(1)));

        Assert.Single(person.Identities);
        Assert.Equal(At, person.ChangedAtUtc);
    }

    [Fact]
    public void AnAccountLinkedToSomeoneElseIsRefusedNamingThem()
    {
        var holder = new Person("tg-holder", Telegram, "王五", PersonRole.Leader, null, At);
        var person = new Person("29:1abc", Teams, "李四", PersonRole.Staff, "综合处", At);

        var refused = Assert.Throws<IdentityHeldByOtherPersonException>(() => person.Link(Telegram, holder, At));

        Assert.Same(holder, refused.Holder);
        Assert.Contains("王五", refused.Message, StringComparison.Ordinal);
        Assert.Single(person.Identities);
    }

    [Fact]
    public void APersonKeepsAtLeastOneAccount()
    {
        var person = new Person("29:1abc", Teams, "李四", PersonRole.Staff, "综合处", At);
        person.Link(Telegram, null, At);

        person.Unlink(new ChannelIdentity(IdentityRealm.Microsoft, "aad-1"), At.AddDays(2));

        Assert.Equal([IdentityRealm.Telegram], person.Identities.Select(i => i.Realm));
        Assert.Throws<LastIdentityException>(() => person.Unlink(Telegram, At.AddDays(3)));
        Assert.Throws<IdentityNotLinkedException>(() => person.Unlink(Teams, At.AddDays(3)));
        Assert.Single(person.Identities);
    }

    [Fact]
    public void AnUnknownRealmIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Person("x", new ChannelIdentity("whatsapp", "x"), "李四", PersonRole.Staff, null, At));
    }

    [Fact]
    public void ALinkCodeIsEightUnambiguousCharactersValidTenMinutesAndUsedOnce()
    {
        var person = new Person("29:1abc", Teams, "李四", PersonRole.Staff, "综合处", At);

        var (stored, code) = LinkCode.Issue(person, At);

        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, LinkCode.Alphabet));
        Assert.DoesNotContain(code, stored.CodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(LinkCode.Hash(LinkCode.Normalize(code.ToLowerInvariant().Insert(4, "-"))!), stored.CodeHash);
        Assert.Equal(LinkCodeRefusal.Expired, stored.RefusalAt(At.AddMinutes(10)));
        stored.Redeem(At.AddMinutes(9));
        Assert.Equal(LinkCodeRefusal.Used, Assert.Throws<LinkCodeRefusedException>(() => stored.Redeem(At.AddMinutes(9))).Refusal);
    }

    [Theory]
    [InlineData("TELEGRAM")]
    [InlineData("ABCD012")]
    [InlineData("ABCDE1GH")]
    public void WordsThatCannotBeACodeAreNotTakenForOne(string typed)
    {
        Assert.Null(LinkCode.Normalize(typed));
    }
}
