using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChannelNeutralConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "ConversationReferences",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsPersonal",
                table: "ConversationReferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Every conversation stored so far was stored by the Bot Framework channel, or by the console; a personal
            // chat was one whose type said so or said nothing (the rule FindPersonalAsync applied).
            migrationBuilder.Sql("""
                UPDATE ConversationReferences SET
                    Channel = CASE WHEN ChannelId = 'console' THEN 'console' ELSE 'botframework' END,
                    IsPersonal = CASE WHEN ConversationType IS NULL OR ConversationType = 'personal' THEN 1 ELSE 0 END;
                """);

            migrationBuilder.DropColumn(name: "BotId", table: "ConversationReferences");
            migrationBuilder.DropColumn(name: "ConversationType", table: "ConversationReferences");
            migrationBuilder.DropColumn(name: "ServiceUrl", table: "ConversationReferences");
            migrationBuilder.DropColumn(name: "TenantId", table: "ConversationReferences");

            migrationBuilder.RenameColumn(name: "UserAadObjectId", table: "ConversationReferences", newName: "AlternateUserId");
            // The Bot Framework reference was already the whole of what that channel needs to write again.
            migrationBuilder.RenameColumn(name: "ReferenceJson", table: "ConversationReferences", newName: "ChannelData");
            migrationBuilder.RenameIndex(
                name: "IX_ConversationReferences_UserAadObjectId",
                table: "ConversationReferences",
                newName: "IX_ConversationReferences_AlternateUserId");

            migrationBuilder.RenameColumn(name: "ReferenceJson", table: "OutboxMessages", newName: "ConversationJson");
            migrationBuilder.RenameColumn(name: "ActivityJson", table: "OutboxMessages", newName: "MessageJson");

            // Messages waiting in the outbox were stored as Bot Framework JSON; rewritten in the core's form so none is
            // lost by the upgrade: the reference becomes the channel's data, the activity's text, card and summary the
            // message's.
            migrationBuilder.Sql("""
                UPDATE OutboxMessages SET
                    ConversationJson = json_object(
                        'address', json_object(
                            'channel', CASE WHEN ChannelId = 'console' THEN 'console' ELSE 'botframework' END,
                            'channelId', ChannelId,
                            'conversationId', ConversationId,
                            'isPersonal', json(CASE WHEN coalesce(json_extract(ConversationJson, '$.conversation.conversationType'), 'personal') = 'personal' THEN 'true' ELSE 'false' END)),
                        'userId', UserId,
                        'alternateUserId', json_extract(ConversationJson, '$.user.aadObjectId'),
                        'userName', json_extract(ConversationJson, '$.user.name'),
                        'locale', json_extract(ConversationJson, '$.locale'),
                        'channelData', ConversationJson),
                    MessageJson = json_object(
                        'text', coalesce(json_extract(MessageJson, '$.text'), ''),
                        'format', CASE WHEN json_extract(MessageJson, '$.textFormat') = 'markdown' THEN 'markdown' ELSE 'plain' END,
                        'card', json(coalesce(json_extract(MessageJson, '$.attachments[0].content'), 'null')),
                        'locale', json_extract(MessageJson, '$.locale'),
                        'summary', json_extract(MessageJson, '$.summary'))
                WHERE json_valid(ConversationJson) AND json_valid(MessageJson);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "ConversationReferences");

            migrationBuilder.DropColumn(
                name: "IsPersonal",
                table: "ConversationReferences");

            migrationBuilder.Sql("""
                UPDATE OutboxMessages SET
                    ConversationJson = coalesce(json_extract(ConversationJson, '$.channelData'), ConversationJson),
                    MessageJson = json_object(
                        'type', 'message',
                        'text', json_extract(MessageJson, '$.text'),
                        'locale', json_extract(MessageJson, '$.locale'),
                        'summary', json_extract(MessageJson, '$.summary'),
                        'attachments', json(CASE WHEN json_extract(MessageJson, '$.card') IS NULL THEN '[]'
                            ELSE json_array(json_object('contentType', 'application/vnd.microsoft.card.adaptive', 'content', json_extract(MessageJson, '$.card'))) END))
                WHERE json_valid(ConversationJson) AND json_valid(MessageJson);
                """);

            migrationBuilder.RenameColumn(
                name: "ConversationJson",
                table: "OutboxMessages",
                newName: "ReferenceJson");

            migrationBuilder.RenameColumn(
                name: "MessageJson",
                table: "OutboxMessages",
                newName: "ActivityJson");

            migrationBuilder.RenameColumn(
                name: "ChannelData",
                table: "ConversationReferences",
                newName: "ReferenceJson");

            migrationBuilder.RenameColumn(
                name: "AlternateUserId",
                table: "ConversationReferences",
                newName: "UserAadObjectId");

            migrationBuilder.RenameIndex(
                name: "IX_ConversationReferences_AlternateUserId",
                table: "ConversationReferences",
                newName: "IX_ConversationReferences_UserAadObjectId");

            migrationBuilder.AddColumn<string>(
                name: "BotId",
                table: "ConversationReferences",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversationType",
                table: "ConversationReferences",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceUrl",
                table: "ConversationReferences",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TenantId",
                table: "ConversationReferences",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE ConversationReferences SET
                    ServiceUrl = coalesce(json_extract(ReferenceJson, '$.serviceUrl'), ''),
                    TenantId = json_extract(ReferenceJson, '$.conversation.tenantId'),
                    BotId = json_extract(ReferenceJson, '$.bot.id'),
                    ConversationType = json_extract(ReferenceJson, '$.conversation.conversationType')
                WHERE json_valid(ReferenceJson);
                """);
        }
    }
}
