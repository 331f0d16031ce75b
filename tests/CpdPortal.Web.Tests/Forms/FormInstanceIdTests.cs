using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.TagHelpers;
using CpdPortal.Web.Tests.TagHelpers;

namespace CpdPortal.Web.Tests.Forms;

public sealed class FormInstanceIdTests
{
    [Fact]
    public void Parse_GuidAsRendered_IsThatGuid()
    {
        // Arrange
        var id = Guid.NewGuid();

        // Act
        var parsed = FormInstanceId.Parse(id.ToString("D"));

        // Assert
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")]
    public void Parse_MissingEmptyOrMalformed_IsNull(string? value)
    {
        // Act
        var parsed = FormInstanceId.Parse(value);

        // Assert
        Assert.Null(parsed);
    }

    [Fact]
    public void TagHelper_Rendered_IsAHiddenInputWithANewIdEachTime()
    {
        // Arrange
        var helper = new FormInstanceIdTagHelper();
        var (context, first) = TagHelperHarness.Element("form-instance-id");
        var (_, second) = TagHelperHarness.Element("form-instance-id");

        // Act
        helper.Process(context, first);
        helper.Process(context, second);

        // Assert
        Assert.Equal("input", first.TagName);
        Assert.Equal("hidden", first.Attributes["type"].Value.ToString());
        Assert.Equal(FormInstanceId.FieldName, first.Attributes["name"].Value.ToString());
        var one = FormInstanceId.Parse(first.Attributes["value"].Value.ToString());
        var two = FormInstanceId.Parse(second.Attributes["value"].Value.ToString());
        Assert.NotNull(one);
        Assert.NotNull(two);
        Assert.NotEqual(one, two);
    }
}
