// Command fakeaws is a tiny stand-in for the hashicorp/aws provider, used only by
// ../generate.sh to produce AWS-shaped plan JSON offline. It knows a provider `region` and a
// few resource types; like AWS provider v6 ("enhanced region support"), a resource's
// Optional+Computed `region` defaults to the provider's region at plan time, so the value is
// known in the plan, and changing it forces replacement. It talks to no cloud: objects exist
// only in Terraform state.
package main

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	pschema "github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func main() {
	err := providerserver.Serve(context.Background(), func() provider.Provider { return &awsProvider{} },
		providerserver.ServeOpts{Address: "registry.terraform.io/hashicorp/aws"})
	if err != nil {
		log.Fatal(err)
	}
}

// providerData is what Configure hands to resources and data sources.
type providerData struct {
	region types.String
}

type awsProvider struct{}

func (p *awsProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "aws"
	resp.Version = "6.0.0"
}

func (p *awsProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = pschema.Schema{Attributes: map[string]pschema.Attribute{
		"region": pschema.StringAttribute{Optional: true, Description: "The region every resource defaults to."},
	}}
}

func (p *awsProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var region types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("region"), &region)...)
	if region.IsNull() {
		resp.Diagnostics.AddError("Missing region", "fakeaws: set region in the provider block")
		return
	}
	data := &providerData{region: region}
	resp.ResourceData = data
	resp.DataSourceData = data
}

func (p *awsProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		func() resource.Resource {
			return &object{typeName: "aws_s3_bucket", nameAttr: "bucket", regional: true}
		},
		func() resource.Resource { return &object{typeName: "aws_sqs_queue", nameAttr: "name", regional: true} },
		// IAM is global: no region, as in AWS provider v6.
		func() resource.Resource { return &object{typeName: "aws_iam_role", nameAttr: "name"} },
	}
}

func (p *awsProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{func() datasource.DataSource { return &regionData{} }}
}

// object is a generic managed resource: a name attribute (forces replacement), updatable
// tags, computed id and arn, and for regional types an Optional+Computed region.
type object struct {
	typeName string
	nameAttr string
	regional bool
	data     *providerData
}

var (
	_ resource.ResourceWithModifyPlan  = &object{}
	_ resource.ResourceWithConfigure   = &object{}
	_ resource.ResourceWithImportState = &object{}
)

func (o *object) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = o.typeName
}

func (o *object) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs := map[string]rschema.Attribute{
		o.nameAttr: rschema.StringAttribute{Required: true},
		"tags":     rschema.MapAttribute{Optional: true, ElementType: types.StringType},
		"id":       rschema.StringAttribute{Computed: true},
		"arn":      rschema.StringAttribute{Computed: true},
	}
	if o.regional {
		attrs["region"] = rschema.StringAttribute{Optional: true, Computed: true,
			Description: "Region where this resource is managed; defaults to the provider's region."}
	}
	resp.Schema = rschema.Schema{Attributes: attrs}
}

func (o *object) Configure(_ context.Context, req resource.ConfigureRequest, _ *resource.ConfigureResponse) {
	if d, ok := req.ProviderData.(*providerData); ok {
		o.data = d
	}
}

// ModifyPlan fills region from the provider (when the configuration leaves it out), keeps
// id and arn across in-place updates, and forces replacement when the name or region changes.
func (o *object) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return // destroy
	}
	var region types.String
	if o.regional {
		resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("region"), &region)...)
		if region.IsNull() && o.data != nil {
			region = o.data.region // unknown when the provider's region is
		}
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("region"), region)...)
	}
	if req.State.Raw.IsNull() {
		return // create: id and arn stay unknown
	}
	replace := false
	var planName, stateName types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root(o.nameAttr), &planName)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(o.nameAttr), &stateName)...)
	if !planName.Equal(stateName) {
		replace = true
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root(o.nameAttr))
	}
	if o.regional {
		var stateRegion types.String
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("region"), &stateRegion)...)
		if !region.Equal(stateRegion) {
			replace = true
			resp.RequiresReplace = append(resp.RequiresReplace, path.Root("region"))
		}
	}
	if replace {
		return
	}
	for _, a := range []string{"id", "arn"} {
		var v types.String
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(a), &v)...)
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(a), v)...)
	}
}

func (o *object) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.State.Raw = req.Plan.Raw
	var name, region types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root(o.nameAttr), &name)...)
	if o.regional {
		resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("region"), &region)...)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), name)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("arn"), o.arn(name.ValueString(), region.ValueString()))...)
}

func (o *object) arn(name, region string) types.String {
	service := strings.SplitN(strings.TrimPrefix(o.typeName, "aws_"), "_", 2)[0]
	return types.StringValue(fmt.Sprintf("arn:aws:%s:%s:123456789012:%s", service, region, name))
}

// Read keeps the state; after an import (only id known) it fills the name, and the region
// from an AWS v6 style "NAME@REGION" id or else from the provider.
func (o *object) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var id, name types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &id)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(o.nameAttr), &name)...)
	if !name.IsNull() {
		return
	}
	n, region, _ := strings.Cut(id.ValueString(), "@")
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(n))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(o.nameAttr), types.StringValue(n))...)
	if o.regional {
		if region == "" && o.data != nil {
			region = o.data.region.ValueString()
		}
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("region"), types.StringValue(region))...)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("arn"), o.arn(n, region))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("tags"), types.MapNull(types.StringType))...)
}

func (o *object) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = req.Plan.Raw
}

func (o *object) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

func (o *object) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}

// regionData is the aws_region data source: the provider's region, or the one asked for.
type regionData struct {
	data *providerData
}

var _ datasource.DataSourceWithConfigure = &regionData{}

func (d *regionData) Metadata(_ context.Context, _ datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = "aws_region"
}

func (d *regionData) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = dsschema.Schema{Attributes: map[string]dsschema.Attribute{
		"region": dsschema.StringAttribute{Optional: true, Computed: true},
		"name":   dsschema.StringAttribute{Computed: true},
		"id":     dsschema.StringAttribute{Computed: true},
	}}
}

func (d *regionData) Configure(_ context.Context, req datasource.ConfigureRequest, _ *datasource.ConfigureResponse) {
	if pd, ok := req.ProviderData.(*providerData); ok {
		d.data = pd
	}
}

func (d *regionData) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var region types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("region"), &region)...)
	if region.IsNull() && d.data != nil {
		region = d.data.region
	}
	resp.State.Raw = req.Config.Raw
	for _, a := range []string{"region", "name", "id"} {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(a), region)...)
	}
}
